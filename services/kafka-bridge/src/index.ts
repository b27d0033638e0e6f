export { startBridge, type Bridge } from './bridge';
export { loadConfig, type BridgeConfig } from './config';
export { jsonLog, type Log } from './log';
