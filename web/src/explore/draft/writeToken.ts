/**
 * The write token the "Add an article" page sends. Kept in sessionStorage only (gone when the
 * tab closes), never in the URL or localStorage. Never throws: storage that is blocked or full
 * just means the token is not remembered.
 */
const key = 'newsgraph.writeToken';

export function readWriteToken(): string {
  try {
    return sessionStorage.getItem(key) ?? '';
  } catch {
    return '';
  }
}

export function keepWriteToken(token: string): void {
  try {
    if (token === '') sessionStorage.removeItem(key);
    else sessionStorage.setItem(key, token);
  } catch {
    // Not remembered; the field still holds it for this page.
  }
}
