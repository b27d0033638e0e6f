export { startProjector, type Projector, type ProjectorOptions } from './projector';
export { loadConfig, type ProjectorConfig } from './config';
