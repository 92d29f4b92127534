// The offline briefing file's page: the atlas on the data, view and story the
// file carries (written into its #ntp-briefing element by "Tải tệp trình chiếu").
import { addFonts } from '../font-faces';
import { briefingStart } from './briefing-start';
import '../components/atlas-app/atlas-app';

addFonts();
const app = document.createElement('ntp-atlas-app');
try {
  app.briefing = briefingStart(document.getElementById('ntp-briefing')?.textContent ?? 'null');
} catch (error) {
  // A damaged file says so in the page instead of showing an empty map.
  const message = document.createElement('p');
  message.setAttribute('role', 'alert');
  message.textContent = `Tệp trình chiếu bị hỏng · The briefing file is damaged: ${(error as Error).message}`;
  document.body.append(message);
}
document.body.append(app);
