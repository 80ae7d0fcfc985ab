export { useTaskPages } from './hooks/useTaskPages';
