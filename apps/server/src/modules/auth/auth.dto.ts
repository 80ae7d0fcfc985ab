import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type * as api from '@hubspoke/contracts';
import { Transform } from 'class-transformer';
import { IsEmail, IsOptional, IsString, Length, MaxLength, MinLength } from 'class-validator';

const lower = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim().toLowerCase() : value);

export class RegisterDto {
  @ApiProperty({ example: 'ana@example.org', maxLength: 254 })
  @Transform(lower)
  @IsEmail()
  @MaxLength(254)
  email!: string;

  @ApiProperty({ example: 'Ana Souza', minLength: 1, maxLength: 120 })
  @IsString()
  @Length(1, 120)
  name!: string;

  @ApiProperty({ minLength: 8, maxLength: 128 })
  @IsString()
  @MinLength(8)
  @MaxLength(128)
  password!: string;

  @ApiPropertyOptional({ description: 'An invitation token: registering accepts it' })
  @IsOptional()
  @IsString()
  @Length(20, 200)
  inviteToken?: string;
}

export class LoginDto {
  @ApiProperty({ example: 'ana@example.org' })
  @Transform(lower)
  @IsEmail()
  @MaxLength(254)
  email!: string;

  @ApiProperty()
  @IsString()
  @Length(1, 128)
  password!: string;
}

export class EmailDto {
  @ApiProperty({ example: 'ana@example.org' })
  @Transform(lower)
  @IsEmail()
  @MaxLength(254)
  email!: string;
}

export class EmailTokenDto {
  @ApiProperty({ description: 'The token of the emailed link' })
  @IsString()
  @Length(20, 200)
  token!: string;
}

export class ResetPasswordDto extends EmailTokenDto {
  @ApiProperty({ minLength: 8, maxLength: 128 })
  @IsString()
  @MinLength(8)
  @MaxLength(128)
  password!: string;
}

export class ChangePasswordDto {
  @ApiProperty()
  @IsString()
  @Length(1, 128)
  currentPassword!: string;

  @ApiProperty({ minLength: 8, maxLength: 128 })
  @IsString()
  @MinLength(8)
  @MaxLength(128)
  newPassword!: string;
}

/** What registering answers, whether the address was new or taken (the owner of a taken one gets an email). */
export class RegistrationAcceptedDto implements api.RegistrationAcceptedDto {
  @ApiProperty() email!: string;
  @ApiProperty() message!: string;
}

/** What the requests that mail a link answer, whether or not the address has an account. */
export class MailRequestedDto {
  @ApiProperty() message!: string;
}

export class RefreshDto {
  @ApiProperty()
  @IsString()
  @Length(20, 200)
  refreshToken!: string;
}

export class UserDto implements api.UserDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() email!: string;
  @ApiProperty() name!: string;
  @ApiProperty() isPlatformAdmin!: boolean;
  @ApiProperty({ description: 'Whether the person confirmed their address; until then they only read public things' })
  emailVerified!: boolean;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
}

export class SessionDto implements api.SessionDto {
  @ApiProperty() accessToken!: string;
  @ApiProperty({ description: 'Seconds until the access token expires' }) expiresIn!: number;
  @ApiProperty({ description: 'Single-use; each refresh returns a new one' }) refreshToken!: string;
  @ApiProperty({ type: UserDto }) user!: UserDto;
}
