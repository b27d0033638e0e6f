// Gossip.Read: lets a multi-host or `esdb+discover://` connection string find the leader
// of a stand-in cluster the way the client finds a real one.
import type { sendUnaryData, ServerUnaryCall } from '@grpc/grpc-js';
import { gossipPb, sharedPb } from './generated';
import type { Endpoint } from './node';

type ClusterInfo = InstanceType<typeof gossipPb.ClusterInfo>;

export interface Member extends Endpoint {
  readonly leader: boolean;
}

export const clusterInfo = (members: readonly Member[]): ClusterInfo =>
  new gossipPb.ClusterInfo().setMembersList(
    members.map((member, i) =>
      new gossipPb.MemberInfo()
        .setInstanceId(
          new sharedPb.UUID().setString(`00000000-0000-4000-8000-${String(i).padStart(12, '0')}`),
        )
        .setTimeStamp(String(Date.now() * 10_000))
        .setState(
          member.leader
            ? gossipPb.MemberInfo.VNodeState.LEADER
            : gossipPb.MemberInfo.VNodeState.FOLLOWER,
        )
        .setIsAlive(true)
        .setHttpEndPoint(new gossipPb.EndPoint().setAddress(member.host).setPort(member.port)),
    ),
  );

export const gossipHandler =
  (members: () => readonly Member[]) =>
  (_call: ServerUnaryCall<unknown, ClusterInfo>, callback: sendUnaryData<ClusterInfo>) =>
    callback(null, clusterInfo(members()));
