/** The authenticated caller, from a verified access token. */
export interface AuthUser {
  id: string;
  email: string;
}
