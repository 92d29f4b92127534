/**
 * Text files from provincial offices arrive as UTF-8 (with or without a byte
 * order mark, as Excel writes it), as UTF-16 with its byte order mark
 * (Notepad's "Unicode", Excel's "Unicode Text"), or in Windows-1258, the old
 * Vietnamese Windows code page, whose tones are combining marks. All end up
 * as NFC.
 */
export interface DecodedText {
  readonly text: string;
  readonly encoding: 'UTF-8' | 'UTF-16LE' | 'UTF-16BE' | 'Windows-1258';
  readonly byteOrderMark: boolean;
}

export function decodeText(bytes: Uint8Array): DecodedText {
  // UTF-16 is only ever recognised by its byte order mark: without one it cannot be told apart.
  const utf16 =
    bytes[0] === 0xff && bytes[1] === 0xfe
      ? 'utf-16le'
      : bytes[0] === 0xfe && bytes[1] === 0xff
        ? 'utf-16be'
        : null;
  if (utf16) {
    const text = new TextDecoder(utf16).decode(bytes.subarray(2));
    const encoding = utf16 === 'utf-16le' ? 'UTF-16LE' : 'UTF-16BE';
    return { text: text.normalize('NFC'), encoding, byteOrderMark: true };
  }
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
