export { default as HubRatingCard } from './components/HubRatingCard';
export { HubRatingsView } from './components/HubRatingsView';
export { SdgSelect } from './components/SdgSelect';
