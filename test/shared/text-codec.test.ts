import { describe, expect, it } from 'vitest';
import { decodeBytes, encodeText, TextDecodeError } from '../../shared/core/text';
import { decodeConnectorFiles, loadConnector } from '../../shared/core/connector';

const bytes = (...xs: number[]) => new Uint8Array(xs);
const utf8 = (s: string) => new Uint8Array(Buffer.from(s, 'utf8'));

function roundTrip(input: Uint8Array) {
  const d = decodeBytes(input);
  expect(Buffer.from(encodeText(d.text, d.encoding, d.bom)).equals(Buffer.from(input))).toBe(true);
  return d;
}

describe('decodeBytes / encodeText', () => {
  it('reads UTF-8 without BOM as is', () => {
    const d = roundTrip(utf8('{"title":"Zoë ✓"}'));
    expect(d).toMatchObject({ text: '{"title":"Zoë ✓"}', encoding: 'utf-8', bom: false, diagnostics: [] });
  });

  it('strips a UTF-8 BOM from the text and writes it back', () => {
    const d = roundTrip(bytes(0xef, 0xbb, 0xbf, ...utf8('{}')));
    expect(d.text).toBe('{}');
    expect(d.bom).toBe(true);
  });

  it('reads UTF-16 LE and BE with a BOM', () => {
    const le = roundTrip(new Uint8Array([0xff, 0xfe, ...Buffer.from('{"a":"é"}', 'utf16le')]));
    expect(le).toMatchObject({ text: '{"a":"é"}', encoding: 'utf-16le', bom: true });
    const swapped = Buffer.from('{"a":"é"}', 'utf16le').swap16();
    const be = roundTrip(new Uint8Array([0xfe, 0xff, ...swapped]));
    expect(be).toMatchObject({ text: '{"a":"é"}', encoding: 'utf-16be', bom: true });
  });

  it('recognises UTF-16 LE without a BOM', () => {
    const d = roundTrip(new Uint8Array(Buffer.from('{"swagger":"2.0"}', 'utf16le')));
    expect(d).toMatchObject({ text: '{"swagger":"2.0"}', encoding: 'utf-16le', bom: false });
  });

  it('falls back to Windows-1252 for invalid UTF-8 and says where', () => {
    // "Brønnøysund" in Latin-1: ø is the single byte 0xF8.
    const input = new Uint8Array([
      ...utf8('{\n"t":"Br'),
      0xf8,
      ...utf8('nn'),
      0xf8,
      ...utf8('ysund \u0080"}').subarray(0, 7),
      0x80,
      0x22,
      0x7d,
    ]);
    const d = roundTrip(input);
    expect(d.encoding).toBe('windows-1252');
    expect(d.text.startsWith('{\n"t":"Brønnøysund')).toBe(true);
    expect(d.text).toContain('€'); // 0x80 is the euro sign in Windows-1252
    expect(d.diagnostics).toHaveLength(1);
    expect(d.diagnostics[0]).toMatchObject({ code: 'NotUtf8', severity: 'warning', offset: 9 });
    expect(d.diagnostics[0]!.message).toMatch(/0xf8/);
  });

  it('round-trips every byte value through Windows-1252', () => {
    const all = new Uint8Array(256 - 1).map((_, i) => i + 1); // no NUL: that is binary
    const d = decodeBytes(all);
    expect(d.encoding).toBe('windows-1252');
    expect(Buffer.from(encodeText(d.text, d.encoding, d.bom)).equals(Buffer.from(all))).toBe(true);
  });

  it('refuses binary data and oversized files with a clear reason', () => {
    expect(() => decodeBytes(bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13))).toThrow(TextDecodeError);
    expect(() => decodeBytes(bytes(0x89, 0x50, 0x00, 0x47))).toThrow(/binary/);
    expect(() => decodeBytes(new Uint8Array(2048), 1024)).toThrow(/larger than/);
  });

  it('refuses to write a character the file encoding cannot hold', () => {
    expect(() => encodeText('✓', 'windows-1252', false)).toThrow(/U\+2713/);
  });
});

describe('decodeConnectorFiles', () => {
  it("gives a UTF-8 file's size in bytes to its document, the size TextEncoder gives its text", () => {
    const text = '{"title":"Zoë ✓ 𝄞"}';
    const withBom = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(text)]);
    const latin1 = bytes(...utf8('{"a":"'), 0xe9, ...utf8('"}'));
    const texts = decodeConnectorFiles({
      definition: { fileName: 'apiDefinition.swagger.json', bytes: withBom },
      properties: { fileName: 'apiProperties.json', bytes: latin1 },
    });
    expect(texts.definition?.utf8Length).toBe(withBom.length - 3);
    expect(texts.properties?.utf8Length).toBeUndefined();
    const loaded = loadConnector(texts);
    expect(loaded.files.definition?.doc?.utf8Length).toBe(new TextEncoder().encode(text).length);
    expect(loaded.files.properties?.doc?.utf8Length).toBe(new TextEncoder().encode('{"a":"é"}').length);
    expect(Object.keys(loaded.files.definition!)).toEqual(['fileName', 'text', 'encoding', 'bom', 'doc']);
  });
});
