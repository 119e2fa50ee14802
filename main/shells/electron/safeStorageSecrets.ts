// In Electron, secrets are encrypted with the system's keychain (Keychain, DPAPI, libsecret or
// kwallet) before they reach the secrets file. Where the system offers none (a bare Linux
// session: `basic_text`), the file's 0600 permissions are what protects them, as in the
// browser shell; the settings screen says which.
import { safeStorage } from 'electron';
import type { SecretCodec } from '../../services/secrets/secretStore.js';

export function safeStorageCodec(): SecretCodec | null {
  if (!safeStorage.isEncryptionAvailable()) return null;
  if (process.platform === 'linux' && safeStorage.getSelectedStorageBackend() === 'basic_text') return null;
  return {
    kind: 'system-keychain',
    encode: (secret) => safeStorage.encryptString(secret).toString('base64'),
    decode: (stored) => safeStorage.decryptString(Buffer.from(stored, 'base64')),
  };
}
