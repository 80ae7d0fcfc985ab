export { MyOrganizationSelect } from './components/MyOrganizationSelect';
export { MyOrganizationsList } from './components/MyOrganizationsList';
export { OrganizationLink } from './components/OrganizationLink';
export { VerifiedBadge } from './components/VerifiedBadge';
export { useMyOrganizations } from './hooks/useMyOrganizations';
export { useOrganizationSearch } from './hooks/useOrganizationSearch';
