import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiErrors } from '../../infra/http/api-errors.decorator';
import type { AuthUser } from '../auth/auth-user';
import { CurrentUser } from '../auth/decorators';
import { MyWorkDto } from './my-work.dto';
import { MyWorkService } from './my-work.service';

@ApiTags('my work')
@Controller('me/work')
export class MyWorkController {
  constructor(private readonly myWork: MyWorkService) {}

  @Get()
  @ApiOperation({ summary: 'What waits for me: tasks, measurements to verify, votes to cast, proposals to score' })
  @ApiOkResponse({ type: MyWorkDto })
  @ApiErrors(401)
  get(@CurrentUser() user: AuthUser): Promise<MyWorkDto> {
    return this.myWork.get(user);
  }
}
