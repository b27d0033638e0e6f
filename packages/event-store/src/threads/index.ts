// Worker threads on Ladder's own modules (the store's writer, replays, verification jobs).
export { spawnThread } from './spawn-thread';
