/**
 * JSON for the harness's stand-in IPC, with byte arrays kept intact: Electron's IPC
 * copies Uint8Array values (certificate bytes, packet previews) as they are, so the
 * harness must too. A byte array travels as {"$bytes": "<base64>"}. Used on both
 * sides: in the browser (renderer shim) and in Node (harness server).
 */
const tag = '$bytes';

export function encodeMessage(value: unknown): string {
  return JSON.stringify(value, function (this: Record<string, unknown>, key: string, jsonValue: unknown) {
    // JSON.stringify applies Buffer#toJSON before the replacer sees it: read the original.
    const original = this[key];
    if (original instanceof Uint8Array) return { [tag]: bytesToBase64(original) };
    return jsonValue;
  });
}

export function decodeMessage(text: string): unknown {
  return JSON.parse(text, (_key, value: unknown) => {
    if (value && typeof value === 'object' && !Array.isArray(value)) {
      const record = value as Record<string, unknown>;
      const keys = Object.keys(record);
      if (keys.length === 1 && keys[0] === tag && typeof record[tag] === 'string')
        return base64ToBytes(record[tag]);
    }
    return value;
  });
}

function bytesToBase64(bytes: Uint8Array): string {
  if (typeof Buffer !== 'undefined')
    return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64');
  let binary = '';
  const chunk = 0x8000;
  for (let i = 0; i < bytes.length; i += chunk) {
    binary += String.fromCharCode(...bytes.subarray(i, i + chunk));
  }
  return btoa(binary);
}

function base64ToBytes(base64: string): Uint8Array {
  if (typeof Buffer !== 'undefined') {
    const buffer = Buffer.from(base64, 'base64');
    // A plain Uint8Array, as Electron's IPC delivers, not a Buffer.
    return new Uint8Array(buffer.buffer.slice(buffer.byteOffset, buffer.byteOffset + buffer.byteLength));
  }
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}
