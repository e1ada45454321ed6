// The JSON API. Every failure becomes an ApiError carrying the server's message, which the
// views show as text.

import { urlWith } from './state.js';

export class ApiError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}


export async function getJson(path, params, signal) {
  let response;
  try {
    response = await fetch(urlWith(path, params), { signal, headers: { Accept: 'application/json' } });
  } catch (e) {
    if (e.name === 'AbortError') throw e;
    throw new ApiError(0, 'The server cannot be reached.');
  }
  let body = null;
  try { body = await response.json(); } catch { /* an error page that is not JSON */ }
  if (!response.ok) {
    throw new ApiError(response.status, (body && body.error) || `${response.status} ${response.statusText}`);
  }
  return body;
}

/**
 * A write: JSON body, the session's CSRF token in a header (the server refuses writes without
 * it), same-origin cookies.
 */
export async function postJson(path, body, token, signal) {
  let response;
  try {
    response = await fetch(path, {
      method: 'POST', signal, credentials: 'same-origin',
      headers: { Accept: 'application/json', 'Content-Type': 'application/json', 'X-Chorus-Token': token },
      body: JSON.stringify(body || {}),
    });
  } catch (e) {
    if (e.name === 'AbortError') throw e;
    throw new ApiError(0, 'The server cannot be reached.');
  }
  let result = null;
  try { result = await response.json(); } catch { /* not JSON */ }
  if (!response.ok) {
    throw new ApiError(response.status, (result && result.error) || `${response.status} ${response.statusText}`);
  }
  return result;
}

/** True for a load that a newer navigation cancelled: nothing to show. */
export const isAbort = e => e && e.name === 'AbortError';
