/**
 * Text files from provincial offices arrive as UTF-8 (with or without a byte
 * order mark, as Excel writes it) or in Windows-1258, the old Vietnamese
 * Windows code page, whose tones are combining marks. Both end up as NFC.
 */
export interface DecodedText {
  readonly text: string;
  readonly encoding: 'UTF-8' | 'Windows-1258';
  readonly byteOrderMark: boolean;
}

export function decodeText(bytes: Uint8Array): DecodedText {
  const byteOrderMark = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const body = byteOrderMark ? bytes.subarray(3) : bytes;
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(body);
    return { text: text.normalize('NFC'), encoding: 'UTF-8', byteOrderMark };
  } catch {
    // Not valid UTF-8: the only other encoding in use for Vietnamese text files.
    const text = new TextDecoder('windows-1258').decode(body);
    return { text: text.normalize('NFC'), encoding: 'Windows-1258', byteOrderMark: false };
  }
}
