/** The signed-in account, as `GET /auth/me` and every session answer it. */
export interface UserDto {
  id: string;
  email: string;
  name: string;
  isPlatformAdmin: boolean;
  /** Whether the person confirmed their address; until then they read public things and their own profile only. */
  emailVerified: boolean;
  createdAt: string;
}

/** What signing in, confirming an address, resetting or changing a password answers. */
export interface SessionDto {
  accessToken: string;
  /** Seconds until the access token expires. */
  expiresIn: number;
  /** Single-use; each refresh returns a new one. */
  refreshToken: string;
  user: UserDto;
}

/** What registering answers, whether the address was new or taken (no session: the address is confirmed first). */
export interface RegistrationAcceptedDto {
  email: string;
  message: string;
}
