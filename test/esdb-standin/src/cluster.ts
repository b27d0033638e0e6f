// A stand-in "cluster": several nodes over ONE shared log, exactly one of them leader.
// Followers serve reads and refuse leader-only calls with NotLeader (pointing at the
// leader); Gossip.Read reports who leads. It models leader handling, not replication.
import type { LogOptions } from './log';
import { createLog } from './log';
import type { Standin, StandinMode } from './server';
import { startStandin } from './server';

export interface StandinClusterOptions {
  readonly size?: number;
  readonly mode?: StandinMode;
  readonly logOptions?: LogOptions;
  readonly systemEventEvery?: number;
}

export interface StandinCluster {
  readonly nodes: readonly Standin[];
  leader(): Standin;
  /** Moves leadership to node `index` (an election, as after the old leader failed). */
  elect(index: number): void;
  /** Every node as a gossip seed: `esdb://a:1,b:2?tls=false&nodePreference=leader`. */
  readonly connectionString: string;
  stop(): Promise<void>;
}

export const startStandinCluster = async (
  options: StandinClusterOptions = {},
): Promise<StandinCluster> => {
  const size = options.size ?? 2;
  const log = createLog(options.logOptions);
  let leaderIndex = 0;
  const nodes: Standin[] = [];
  const members = () =>
    nodes.map((node, i) => ({ host: node.host, port: node.port, leader: i === leaderIndex }));
  for (let i = 0; i < size; i += 1) {
    const node = await startStandin({
      ...(options.mode === undefined ? {} : { mode: options.mode }),
      ...(options.systemEventEvery === undefined
        ? {}
        : { systemEventEvery: options.systemEventEvery }),
      log,
      members,
      redirect: () => {
        const leader = nodes[leaderIndex];
        return i === leaderIndex || leader === undefined
          ? null
          : { host: leader.host, port: leader.port };
      },
    });
    nodes.push(node);
  }
  const leader = (): Standin => {
    const node = nodes[leaderIndex];
    if (node === undefined) throw new Error(`no node ${leaderIndex}`);
    return node;
  };
  leader().writeSystemEvent('$settings', '$settings');
  return {
    nodes,
    leader,
    elect: (index) => {
      if (nodes[index] === undefined) throw new Error(`no node ${index}`);
      leaderIndex = index;
    },
    connectionString: `esdb://${nodes.map((n) => `${n.host}:${n.port}`).join(',')}?tls=false&nodePreference=leader`,
    stop: async () => {
      await Promise.all(nodes.map((node) => node.stop()));
    },
  };
};
