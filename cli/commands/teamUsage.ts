// The usage lines of `pbt team`, apart from the command so `pbt --help` loads none of its code.
export const TEAM_USAGE = `  team report (--lrs URL | FILE.ndjson…) [--elite ACTOR]… [--path ID] [--lang zh-CN|en] [--json]
                                 readiness per rep and competency against the elite reps (actor keys, e.g.
                                 account:HOMEPAGE|NAME or mbox:mailto:ADDRESS), stalled reps, question analysis,
                                 case decisions off the elite path; --lrs reads PBT_LRS_KEY and PBT_LRS_SECRET`;
