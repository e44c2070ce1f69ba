// A rep's content channel: the subscription, checking for a new version, rolling back, and what is new.
// Merged into `apiArgs` and `ApiResults` in contract.ts.
import { z } from 'zod';
import { CHANNEL_KINDS, type ChannelStatus } from '../channel/channelTypes';

/** Whose review cards the re-check flags of "what is new" are. */
const profileId = z.string().min(1).max(200).optional();

export const channelArgs = {
  channelStatus: z.object({ profileId }),
  /** Subscribes (and checks at once); `subscription: null` leaves the channel and stops serving its content. */
  subscribeChannel: z.object({
    subscription: z
      .object({
        kind: z.enum(CHANNEL_KINDS),
        location: z.string().trim().min(1).max(2000),
        branch: z.string().trim().min(1).max(200).optional(),
      })
      .nullable(),
    profileId,
  }),
  checkChannel: z.object({ profileId }),
  rollBackChannel: z.object({ profileId }),
} as const;

export interface ChannelResults {
  channelStatus: ChannelStatus;
  subscribeChannel: ChannelStatus;
  checkChannel: ChannelStatus;
  rollBackChannel: ChannelStatus;
}
