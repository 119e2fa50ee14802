// The app's address in the Electron shell: a privileged custom scheme, never file://.
export const APP_SCHEME = 'ktav';
export const APP_ORIGIN = `${APP_SCHEME}://app`;
export const APP_URL = `${APP_ORIGIN}/index.html`;
