export { HubMemberRoles } from './components/HubMemberRoles';
