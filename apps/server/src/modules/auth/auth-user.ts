/** The authenticated caller, from a verified access token. */
export interface AuthUser {
  id: string;
  email: string;
  /** Whether the person proved their address; until then they read public things and their own profile only. */
  emailVerified: boolean;
  /** The refresh-token family the token was issued in: signing out ends it, and this token with it. */
  sessionId?: string;
}
