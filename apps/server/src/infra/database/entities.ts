import { IdempotencyRecord } from '../idempotency/idempotency-record.entity';
import { HubEvent } from '../../modules/activity/hub-event.entity';
import { EmailToken } from '../../modules/auth/email-token.entity';
import { RefreshToken } from '../../modules/auth/refresh-token.entity';
import { User } from '../../modules/auth/user.entity';
import { Comment } from '../../modules/comments/comment.entity';
import { DigestDelivery } from '../../modules/digests/digest-delivery.entity';
import { DigestPreference } from '../../modules/digests/digest-preference.entity';
import { Digest } from '../../modules/digests/digest.entity';
import { OutboxEmail } from '../../modules/digests/outbox-email.entity';
import { GoalRollUpSource } from '../../modules/federation/goal-roll-up-source.entity';
import { HubLink } from '../../modules/federation/hub-link.entity';
import { Goal } from '../../modules/goals/goal.entity';
import { Measurement } from '../../modules/goals/measurement.entity';
import { Hub } from '../../modules/hubs/hub.entity';
import { HubMember } from '../../modules/members/hub-member.entity';
import { BoardPackRead, BoardReview } from '../../modules/board/board-review.entity';
import { BoardRules } from '../../modules/board/board-rules.entity';
import { ChallengeReviewer, ProposalScore, ReviewAssignment } from '../../modules/challenges/challenge-review.entities';
import { Challenge } from '../../modules/challenges/challenge.entity';
import { Proposal } from '../../modules/challenges/proposal.entity';
import { BoardSeat } from '../../modules/board/board-seat.entity';
import { Resolution } from '../../modules/board/resolution.entity';
import { Vote } from '../../modules/board/vote.entity';
import { Metric } from '../../modules/metrics/metric.entity';
import { NetworkAnalysis } from '../../modules/network/network-analysis.entity';
import { NetworkImport } from '../../modules/network/network-import.entity';
import { Relationship } from '../../modules/network/relationship.entity';
import { NotificationPreference } from '../../modules/notifications/notification-preference.entity';
import { Notification } from '../../modules/notifications/notification.entity';
import { OrganizationMember } from '../../modules/organizations/organization-member.entity';
import { OrganizationRevision } from '../../modules/organizations/organization-revision.entity';
import { Organization } from '../../modules/organizations/organization.entity';
import { HubRating } from '../../modules/ratings/hub-rating.entity';
import { Task } from '../../modules/tasks/task.entity';
import { WorkingGroup, WorkingGroupMember } from '../../modules/working-groups/working-group.entity';

export const ENTITIES = [
  User,
  RefreshToken,
  EmailToken,
  Organization,
  OrganizationMember,
  OrganizationRevision,
  Hub,
  HubMember,
  Metric,
  Goal,
  Measurement,
  HubLink,
  GoalRollUpSource,
  Task,
  WorkingGroup,
  WorkingGroupMember,
  Comment,
  HubEvent,
  Notification,
  NotificationPreference,
  DigestPreference,
  Digest,
  DigestDelivery,
  OutboxEmail,
  Relationship,
  NetworkImport,
  NetworkAnalysis,
  HubRating,
  BoardSeat,
  BoardRules,
  Resolution,
  Vote,
  BoardReview,
  BoardPackRead,
  Challenge,
  Proposal,
  ChallengeReviewer,
  ReviewAssignment,
  ProposalScore,
  IdempotencyRecord,
];
