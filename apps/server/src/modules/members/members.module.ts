import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Organization } from '../organizations/organization.entity';
import { OrganizationsModule } from '../organizations/organizations.module';
import { HubMember } from './hub-member.entity';
import { InvitationsController } from './invitations.controller';
import { InvitationsService } from './invitations.service';
import { MembersController } from './members.controller';
import { MembersService } from './members.service';

/** Must not import AuthModule: AuthModule imports this one for registering with an invitation. */
@Module({
  imports: [TypeOrmModule.forFeature([HubMember, Organization]), OrganizationsModule],
  controllers: [MembersController, InvitationsController],
  providers: [MembersService, InvitationsService],
  exports: [InvitationsService],
})
export class MembersModule {}
