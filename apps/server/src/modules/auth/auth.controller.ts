import { Body, Controller, Get, HttpCode, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { ApiErrors } from '../../infra/http/api-errors.decorator';
import { AuthRateLimit } from '../../infra/http/rate-limit/rate-limit.module';
import type { AuthUser } from './auth-user';
import { LoginDto, RefreshDto, RegisterDto, SessionDto, UserDto } from './auth.dto';
import { AuthService } from './auth.service';
import { RegistrationService } from './registration.service';
import { CurrentUser, Public } from './decorators';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    private readonly registration: RegistrationService,
  ) {}

  @Public()
  @AuthRateLimit()
  @Post('register')
  @ApiCreatedResponse({ type: SessionDto })
  @ApiErrors(400, 409, 429)
  register(@Body() dto: RegisterDto): Promise<SessionDto> {
    return this.registration.register(dto);
  }

  @Public()
  @AuthRateLimit()
  @Post('login')
  @HttpCode(200)
  @ApiOkResponse({ type: SessionDto })
  @ApiErrors(400, 401, 429)
  login(@Body() dto: LoginDto): Promise<SessionDto> {
    return this.auth.login(dto);
  }

  @Public()
  @AuthRateLimit()
  @Post('refresh')
  @HttpCode(200)
  @ApiOkResponse({ type: SessionDto })
  @ApiErrors(400, 401, 429)
  refresh(@Body() dto: RefreshDto): Promise<SessionDto> {
    return this.auth.refresh(dto.refreshToken);
  }

  @Public()
  @Post('logout')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'The refresh token and its family are revoked' })
  @ApiErrors(400)
  logout(@Body() dto: RefreshDto): Promise<void> {
    return this.auth.logout(dto.refreshToken);
  }

  @ApiBearerAuth()
  @Get('me')
  @ApiOkResponse({ type: UserDto })
  @ApiErrors(401)
  me(@CurrentUser() user: AuthUser): Promise<UserDto> {
    return this.auth.me(user.id);
  }
}
