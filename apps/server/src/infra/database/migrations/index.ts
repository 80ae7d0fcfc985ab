import { Initial1795822304934 } from './1795822304934-Initial';
import { AddNotifications1795824526805 } from './1795824526805-AddNotifications';
import { AddDigests1795825689560 } from './1795825689560-AddDigests';
import { NumberEventsAfterCommit1795831917856 } from './1795831917856-NumberEventsAfterCommit';
import { AddNetwork1795832408652 } from './1795832408652-AddNetwork';
import { AddHubRatings1795833418553 } from './1795833418553-AddHubRatings';
import { AddMetricCatalog1795833553939 } from './1795833553939-AddMetricCatalog';
import { AddBoard1795834011252 } from './1795834011252-AddBoard';
import { AddBoardReviews1795834622653 } from './1795834622653-AddBoardReviews';
import { AddChallenges1795834920870 } from './1795834920870-AddChallenges';
import { AddLoginLockout1795841202678 } from './1795841202678-AddLoginLockout';
import { AddTrust1796666327604 } from './1796666327604-AddTrust';
import { VotesAreRecords1796666546918 } from './1796666546918-VotesAreRecords';
import { NotificationSettings1796672113522 } from './1796672113522-NotificationSettings';
import { IndexHubMembersByHub1796672858534 } from './1796672858534-IndexHubMembersByHub';
import { AddHubPublicVersion1796674052553 } from './1796674052553-AddHubPublicVersion';
import { AddIdempotencyKeys1796678709789 } from './1796678709789-AddIdempotencyKeys';
import { AddWorkingGroups1796681239327 } from './1796681239327-AddWorkingGroups';
import { AddFederation1796681416185 } from './1796681416185-AddFederation';
import { AddTaskWorkingGroup1796682965710 } from './1796682965710-AddTaskWorkingGroup';
import { AddSearchIndexes1796690000000 } from './1796690000000-AddSearchIndexes';
import { MeasurementReviews1796690215017 } from './1796690215017-MeasurementReviews';
import { AddGroupOnlyItems1796690604084 } from './1796690604084-AddGroupOnlyItems';

/** Every migration, in order. The schema check in the test suite fails when the entities need one more. */
export const MIGRATIONS = [
  Initial1795822304934,
  AddNotifications1795824526805,
  AddDigests1795825689560,
  NumberEventsAfterCommit1795831917856,
  AddNetwork1795832408652,
  AddHubRatings1795833418553,
  AddMetricCatalog1795833553939,
  AddBoard1795834011252,
  AddBoardReviews1795834622653,
  AddChallenges1795834920870,
  AddLoginLockout1795841202678,
  AddTrust1796666327604,
  VotesAreRecords1796666546918,
  NotificationSettings1796672113522,
  IndexHubMembersByHub1796672858534,
  AddHubPublicVersion1796674052553,
  AddIdempotencyKeys1796678709789,
  AddWorkingGroups1796681239327,
  AddFederation1796681416185,
  AddTaskWorkingGroup1796682965710,
  AddSearchIndexes1796690000000,
  MeasurementReviews1796690215017,
  AddGroupOnlyItems1796690604084,
];
