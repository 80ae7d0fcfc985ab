import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { OrganizationMember } from './organization-member.entity';
import { OrganizationMembersController } from './organization-members.controller';
import { OrganizationMemberships } from './organization-memberships.service';
import { OrganizationRevisions } from './organization-revisions.service';
import { OrganizationsController } from './organizations.controller';
import { Organization } from './organization.entity';
import { OrganizationsService } from './organizations.service';

@Module({
  imports: [TypeOrmModule.forFeature([Organization, OrganizationMember])],
  // the members controller first: its `mine` must win over `:orgId`
  controllers: [OrganizationMembersController, OrganizationsController],
  providers: [OrganizationsService, OrganizationMemberships, OrganizationRevisions],
  exports: [OrganizationMemberships],
})
export class OrganizationsModule {}
