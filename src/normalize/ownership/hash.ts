import { createHash } from 'node:crypto';

/**
 * Hex SHA-256 of the given parts, each length-prefixed so that boundaries count.
 * @param parts Strings (as UTF-8) or bytes, hashed in order.
 * @returns 64 lower-case hex digits.
 */
export function hashParts(...parts: (string | Uint8Array)[]): string {
  const hash = createHash('sha256');
  for (const part of parts) {
    const bytes = typeof part === 'string' ? Buffer.from(part) : part;
    hash.update(`${bytes.length}:`);
    hash.update(bytes);
  }
  return hash.digest('hex');
}
