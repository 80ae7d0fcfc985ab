import { Body, Controller, Get, HttpCode, Post } from '@nestjs/common';
import { AnswerNotStored } from '../../infra/idempotency/answer-not-stored.decorator';
import { ApiAcceptedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiErrors } from '../../infra/http/api-errors.decorator';
import { AuthRateLimit } from '../../infra/http/rate-limit/rate-limit.module';
import type { AuthUser } from './auth-user';
import {
  ChangePasswordDto,
  EmailDto,
  EmailTokenDto,
  LoginDto,
  MailRequestedDto,
  RefreshDto,
  RegisterDto,
  RegistrationAcceptedDto,
  ResetPasswordDto,
  SessionDto,
  UserDto,
} from './auth.dto';
import { AuthService } from './auth.service';
import { AllowUnverified, CurrentUser, Public } from './decorators';
import { EmailVerification } from './email-verification.service';
import { PasswordsService } from './passwords.service';
import { RegistrationService } from './registration.service';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    private readonly registration: RegistrationService,
    private readonly verification: EmailVerification,
    private readonly passwords: PasswordsService,
  ) {}

  @Public()
  @AuthRateLimit()
  @Post('register')
  @HttpCode(202)
  @ApiOperation({ summary: 'Create an account; the same answer whether the address was free or taken' })
  @ApiAcceptedResponse({ type: RegistrationAcceptedDto })
  @ApiErrors(400, 429)
  register(@Body() dto: RegisterDto): Promise<RegistrationAcceptedDto> {
    return this.registration.register(dto);
  }

  @Public()
  @AuthRateLimit()
  @Post('verify-email')
  @HttpCode(200)
  @ApiOperation({ summary: 'Confirm the address with the emailed link’s token; signs in' })
  @ApiOkResponse({ type: SessionDto })
  @AnswerNotStored()
  @ApiErrors(400, 429)
  verifyEmail(@Body() dto: EmailTokenDto): Promise<SessionDto> {
    return this.verification.verify(dto.token);
  }

  @Public()
  @AuthRateLimit()
  @Post('verify-email/resend')
  @HttpCode(202)
  @ApiOperation({ summary: 'Send a new confirmation link, if the address has an account to confirm' })
  @ApiAcceptedResponse({ type: MailRequestedDto })
  @ApiErrors(400, 429)
  async resendVerification(@Body() dto: EmailDto): Promise<MailRequestedDto> {
    await this.verification.resend(dto.email);
    return { message: `If ${dto.email} has an account still to confirm, a new link is on its way.` };
  }

  @Public()
  @AuthRateLimit()
  @Post('login')
  @HttpCode(200)
  @ApiOperation({ summary: 'Sign in with email and password' })
  @ApiOkResponse({ type: SessionDto })
  @AnswerNotStored()
  @ApiErrors(400, 401, 429)
  login(@Body() dto: LoginDto): Promise<SessionDto> {
    return this.auth.login(dto);
  }

  @Public()
  @AuthRateLimit()
  @Post('refresh')
  @HttpCode(200)
  @ApiOperation({ summary: 'Trade a refresh token for a new session (single use)' })
  @ApiOkResponse({ type: SessionDto })
  @AnswerNotStored()
  @ApiErrors(400, 401, 429)
  refresh(@Body() dto: RefreshDto): Promise<SessionDto> {
    return this.auth.refresh(dto.refreshToken);
  }

  @Public()
  @Post('logout')
  @HttpCode(204)
  @ApiOperation({ summary: 'End the session: its refresh and access tokens, and its live connections' })
  @ApiNoContentResponse()
  @ApiErrors(400)
  logout(@Body() dto: RefreshDto): Promise<void> {
    return this.auth.logout(dto.refreshToken);
  }

  @Public()
  @AuthRateLimit()
  @Post('password-reset')
  @HttpCode(202)
  @ApiOperation({ summary: 'Email a reset link, if the address has an account; the same answer either way' })
  @ApiAcceptedResponse({ type: MailRequestedDto })
  @ApiErrors(400, 429)
  async requestReset(@Body() dto: EmailDto): Promise<MailRequestedDto> {
    await this.passwords.requestReset(dto.email);
    return { message: `If ${dto.email} has an account, a link to choose a new password is on its way.` };
  }

  @Public()
  @AuthRateLimit()
  @Post('password-reset/confirm')
  @HttpCode(200)
  @ApiOperation({ summary: 'Set a new password with the emailed link’s token; every other session ends' })
  @ApiOkResponse({ type: SessionDto })
  @AnswerNotStored()
  @ApiErrors(400, 429)
  reset(@Body() dto: ResetPasswordDto): Promise<SessionDto> {
    return this.passwords.reset(dto.token, dto.password);
  }

  @AllowUnverified()
  @AuthRateLimit()
  @Post('password')
  @HttpCode(200)
  @ApiOperation({ summary: 'Change the password; every other session ends' })
  @ApiOkResponse({ type: SessionDto })
  @AnswerNotStored()
  @ApiErrors(400, 401, 429)
  changePassword(@CurrentUser() user: AuthUser, @Body() dto: ChangePasswordDto): Promise<SessionDto> {
    return this.passwords.change(user, dto);
  }

  @AllowUnverified()
  @Get('me')
  @ApiOperation({ summary: 'The signed-in account' })
  @ApiOkResponse({ type: UserDto })
  @ApiErrors(401)
  me(@CurrentUser() user: AuthUser): Promise<UserDto> {
    return this.auth.me(user.id);
  }
}
