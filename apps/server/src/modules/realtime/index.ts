/** What other modules may use of realtime: pushing to a user's sockets from any process. */
export { UserPush, UserPushModule } from './user-push';
