import {
  NOTIFICATION_CHANNELS,
  NOTIFICATION_TYPES,
  type NotificationChannel,
  type NotificationDto,
  type NotificationType,
} from '@hubspoke/contracts';
import type { TestingModule } from '@nestjs/testing';
import { VoteClosingReminders } from '../../src/modules/notifications/vote-closing-reminders';
import { newChallenge, newPoolReviewer, newProposal } from '../support/challenge-fixture';
import { moveChallengeTo } from '../support/challenge-stages';
import { goalBody } from '../support/goal-bodies';
import { startWorker } from '../support/digest-worker';
import { connectSocket, eventually, listen, type ClientSocket } from '../support/sockets';
import { createTestApp, type TestContext, type TestHub, type TestUser } from '../support/test-app';
import { sleep } from '../support/wait';

const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString();

/** Who must hear of one notification of a kind, who must not, and what makes it happen. */
interface Scenario {
  recipient: TestUser;
  /** The actor, and people near the item who are not told. */
  bystanders: TestUser[];
  fire(): Promise<void>;
}

/**
 * Every kind of notification, with each of its settings: `in_app` stores it and pushes it live, `email` does too and
 * queues it for the batched email, `off` makes nothing. Each only to its recipients: never its actor, nor a bystander.
 */
describe('notification kinds and their settings', () => {
  let ctx: TestContext;
  let worker: TestingModule;
  let url: string;
  const sockets: ClientSocket[] = [];

  beforeAll(async () => {
    ctx = await createTestApp({ NOTIFICATION_EMAIL_WINDOW_SECONDS: '1' });
    url = await listen(ctx.app);
    worker = await startWorker();
  });
  afterEach(() => sockets.splice(0).forEach((s) => s.close()));
  afterAll(async () => {
    await worker?.close();
    await ctx?.close();
  });

  const post = (user: TestUser, path: string, body: object = {}) => ctx.http.post(path).set(user.auth).send(body);

  /** A hub with a member organization's person and a task assigned to it. */
  const hubWithTask = async () => {
    const hub = await ctx.newHub();
    const member = await ctx.newMember(hub, 'member');
    const task = (
      await post(hub.owner, `/api/hubs/${hub.id}/tasks`, {
        title: 'Audit the cold chain',
        assigneeOrganizationId: member.org.id,
      }).expect(201)
    ).body;
    const bystanders = [
      member.user,
      (await ctx.newMember(hub, 'board')).user,
      (await ctx.newMember(hub, 'member')).user,
    ];
    return { hub, member, task, bystanders };
  };

  /** A hub's board: a seat whose holder is returned, another whose holder has nothing to do. */
  const board = async (hub: TestHub) => {
    const holder = await ctx.newMember(hub, 'board');
    const other = await ctx.newMember(hub, 'board');
    for (const m of [holder, other]) {
      await post(hub.owner, `/api/hubs/${hub.id}/board/seats`, {
        title: `Seat of ${m.user.name}`,
        kind: 'representative',
        constituency: 'public',
        holderMemberId: m.memberId,
      }).expect(201);
    }
    const seatless = await ctx.newMember(hub, 'board');
    return { holder, other, seatless };
  };

  const propose = async (hub: TestHub) =>
    (
      await post(hub.owner, `/api/hubs/${hub.id}/resolutions`, {
        title: 'Open a regional vaccine store',
        motion: 'The board asks the secretariat to open it.',
        deadline: inDays(3),
      }).expect(201)
    ).body as { id: string };

  /** A challenge in its administrative review with one proposal; its manager, submitter and a reviewer in the pool. */
  const challengeWithProposal = async () => {
    const { challenge, manager } = await newChallenge(ctx);
    const { proposal, submitter } = await newProposal(ctx, challenge.id);
    await moveChallengeTo(ctx.ds, challenge.id, 'administrative_review');
    const reviewer = await newPoolReviewer(ctx, challenge.id, manager);
    return { challenge, proposal, manager, submitter, reviewer };
  };

  const SCENARIOS: Record<NotificationType, () => Promise<Scenario>> = {
    task_assigned: async () => {
      const hub = await ctx.newHub();
      const spoke = await ctx.newMember(hub, 'member');
      const other = await ctx.newMember(hub, 'member');
      return {
        recipient: spoke.user,
        bystanders: [hub.owner, other.user],
        fire: async () => {
          await post(hub.owner, `/api/hubs/${hub.id}/tasks`, {
            title: 'Audit',
            assigneeOrganizationId: spoke.org.id,
          }).expect(201);
        },
      };
    },
    mention: async () => {
      const { hub, task, bystanders } = await hubWithTask();
      const ana = await ctx.newMember(hub, 'observer');
      const outsider = await ctx.newUser();
      return {
        recipient: ana.user,
        bystanders: [...bystanders, outsider],
        fire: async () => {
          await post(hub.owner, `/api/hubs/${hub.id}/tasks/${task.id}/comments`, {
            body: `@${ana.user.email} and @${outsider.email}, have a look`,
          }).expect(201);
        },
      };
    },
    invitation: async () => {
      const hub = await ctx.newHub();
      const invitee = await ctx.newUser();
      const org = await ctx.newOrg();
      return {
        recipient: invitee,
        bystanders: [hub.owner],
        fire: async () => {
          await post(hub.owner, `/api/hubs/${hub.id}/invitations`, {
            email: invitee.email,
            organizationId: org.id,
            role: 'member',
          }).expect(201);
        },
      };
    },
    verification_requested: async () => {
      const hub = await ctx.newHub();
      const secretary = await ctx.newMember(hub, 'secretariat');
      const spoke = await ctx.newMember(hub, 'member');
      const goal = (
        await post(
          hub.owner,
          `/api/hubs/${hub.id}/goals`,
          goalBody(spoke.org.id, { title: 'Children vaccinated' }),
        ).expect(201)
      ).body;
      return {
        recipient: secretary.user,
        bystanders: [spoke.user, (await ctx.newMember(hub, 'board')).user],
        fire: async () => {
          await post(spoke.user, `/api/hubs/${hub.id}/goals/${goal.id}/measurements`, {
            value: 72,
            observedAt: '2026-06-01T00:00:00.000Z',
          }).expect(201);
        },
      };
    },
    resolution_proposed: async () => {
      const hub = await ctx.newHub();
      const { holder, seatless } = await board(hub);
      return {
        recipient: holder.user,
        bystanders: [hub.owner, seatless.user, (await ctx.newMember(hub, 'member')).user],
        fire: async () => void (await propose(hub)),
      };
    },
    vote_closing: async () => {
      const hub = await ctx.newHub();
      const { holder, other, seatless } = await board(hub);
      const resolution = await propose(hub);
      await post(other.user, `/api/hubs/${hub.id}/resolutions/${resolution.id}/votes`, { choice: 'for' }).expect(200);
      // proposed three days ago, it closes within the day
      await ctx.ds.query(
        `UPDATE resolution SET created_at = now() - interval '3 days', deadline = now() + interval '20 hours'
          WHERE id = $1`,
        [resolution.id],
      );
      return {
        recipient: holder.user,
        bystanders: [hub.owner, other.user, seatless.user],
        fire: () => worker.get(VoteClosingReminders).remind(),
      };
    },
    review_scheduled: async () => {
      const hub = await ctx.newHub();
      const boardMember = await ctx.newMember(hub, 'board');
      return {
        recipient: boardMember.user,
        bystanders: [hub.owner, (await ctx.newMember(hub, 'member')).user, (await ctx.newMember(hub, 'observer')).user],
        fire: async () => {
          await post(hub.owner, `/api/hubs/${hub.id}/reviews`, {
            title: 'Quarterly review',
            scheduledFor: inDays(7),
          }).expect(201);
        },
      };
    },
    task_completed: async () => {
      const { hub, member, task, bystanders } = await hubWithTask();
      return {
        recipient: hub.owner,
        bystanders,
        fire: async () => {
          await post(member.user, `/api/hubs/${hub.id}/tasks/${task.id}/move`, {
            version: task.version,
            status: 'done',
            position: 1,
          }).expect(200);
        },
      };
    },
    task_blocked: async () => {
      const { hub, member, task, bystanders } = await hubWithTask();
      return {
        recipient: hub.owner,
        bystanders,
        fire: async () => {
          await ctx.http
            .patch(`/api/hubs/${hub.id}/tasks/${task.id}`)
            .set(member.user.auth)
            .send({ version: task.version, status: 'blocked' })
            .expect(200);
        },
      };
    },
    task_commented: async () => {
      const { hub, member, task, bystanders } = await hubWithTask();
      return {
        recipient: hub.owner,
        bystanders,
        fire: async () => {
          await post(member.user, `/api/hubs/${hub.id}/tasks/${task.id}/comments`, {
            body: 'The fridges arrive on Monday.',
          }).expect(201);
        },
      };
    },
    reviewer_assigned: async () => {
      const { challenge, proposal, manager, submitter, reviewer } = await challengeWithProposal();
      await post(manager, `/api/proposals/${proposal.id}/eligibility`, { eligible: true }).expect(200);
      return {
        recipient: reviewer,
        bystanders: [manager, submitter],
        fire: async () => {
          await post(manager, `/api/challenges/${challenge.id}/assignments`, { perProposal: 1 }).expect(200);
        },
      };
    },
    proposal_status_changed: async () => {
      const { proposal, manager, reviewer, submitter } = await challengeWithProposal();
      return {
        recipient: submitter,
        bystanders: [manager, reviewer],
        fire: async () => {
          await post(manager, `/api/proposals/${proposal.id}/eligibility`, { eligible: false }).expect(200);
        },
      };
    },
  };

  const stored = async (user: TestUser, type: NotificationType) =>
    ctx.ds.query<{ id: string; email_status: string | null }[]>(
      `SELECT id, email_status FROM notification WHERE user_id = $1 AND type = $2`,
      [user.id, type],
    );

  it('has a scenario for every kind', () => {
    expect(Object.keys(SCENARIOS).sort()).toEqual([...NOTIFICATION_TYPES].sort());
  });

  const cases = NOTIFICATION_TYPES.flatMap((type) =>
    NOTIFICATION_CHANNELS.map((channel) => [type, channel] as [NotificationType, NotificationChannel]),
  );

  it.each(cases)('%s set to %s', async (type, channel) => {
    const { recipient, bystanders, fire } = await SCENARIOS[type]();
    const saved = await ctx.http
      .put('/api/notifications/settings')
      .set(recipient.auth)
      .send({ settings: [{ type, channel }] })
      .expect(200);
    expect(saved.body.settings.find((s: { type: string }) => s.type === type).channel).toBe(channel);
    const socket = await connectSocket(url, recipient.token);
    sockets.push(socket);
    const pushed: NotificationDto[] = [];
    socket.on('notification', (n) => n.type === type && pushed.push(n));

    await fire();
    if (channel === 'off') {
      await sleep(500);
      expect(await stored(recipient, type)).toEqual([]);
      expect(pushed).toEqual([]);
    } else {
      await eventually(async () => expect(await stored(recipient, type)).toHaveLength(1));
      await eventually(() => expect(pushed).toHaveLength(1));
      const [row] = await stored(recipient, type);
      // an email kind waits for (or is already in) the user's next email; an in-app kind is never emailed
      if (channel === 'email') expect(['pending', 'sent']).toContain(row!.email_status);
      else expect(row!.email_status).toBeNull();
      const inbox = (await ctx.http.get('/api/notifications').set(recipient.auth).expect(200)).body.items;
      expect(inbox.map((n: NotificationDto) => n.id)).toContain(row!.id);
    }
    for (const bystander of bystanders) expect(await stored(bystander, type)).toEqual([]);
  });
});
