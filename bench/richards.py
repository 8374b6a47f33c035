"""Benchmark: Martin Richards' operating-system simulation (the classic
"richards" benchmark), written afresh for Refscope.

Six tasks (idle, worker, two handlers, two devices) exchange packets through
a priority scheduler. It measures method calls, attribute loads and stores
on instances of several classes, and linked-list manipulation. It
deliberately uses plain classes (no dataclasses, no __slots__) so that the
ordinary instance-dict path is what is timed.
"""

IDLE, WORKER, HANDLER_A, HANDLER_B, DEVICE_A, DEVICE_B = range(6)
KIND_DEVICE, KIND_WORK = 0, 1
BUFFER_SIZE = 4


class Packet:
    def __init__(self, link, ident, kind):
        self.link = link
        self.ident = ident
        self.kind = kind
        self.datum = 0
        self.data = [0] * BUFFER_SIZE

    def append_to(self, queue):
        # Puts this packet at the end of `queue` and returns the new head.
        self.link = None
        if queue is None:
            return self
        last = queue
        while last.link is not None:
            last = last.link
        last.link = self
        return queue


class Scheduler:
    def __init__(self):
        self.tasks = [None] * 6
        self.head = None
        self.current = None
        self.queue_count = 0
        self.hold_count = 0

    def add(self, task):
        self.tasks[task.ident] = task
        task.next_task = self.head
        self.head = task

    def run(self):
        task = self.head
        while task is not None:
            if task.holding or (task.waiting and task.inbox is None):
                task = task.next_task
                continue
            self.current = task
            packet = None
            if task.waiting:
                packet = task.inbox
                task.inbox = packet.link
            task.waiting = False
            task = task.step(packet)

    # The operations a task performs; each returns the task to run next.
    def wait(self):
        self.current.waiting = True
        return self.current

    def hold(self):
        self.hold_count += 1
        self.current.holding = True
        return self.current.next_task

    def release(self, ident):
        task = self.tasks[ident]
        task.holding = False
        if task.priority > self.current.priority:
            return task
        return self.current

    def send(self, packet):
        target = self.tasks[packet.ident]
        self.queue_count += 1
        packet.link = None
        packet.ident = self.current.ident
        if target.inbox is None:
            target.inbox = packet
            if target.priority > self.current.priority:
                return target
        else:
            target.inbox = packet.append_to(target.inbox)
        return self.current


class Task:
    def __init__(self, sched, ident, priority, inbox, waiting):
        self.sched = sched
        self.ident = ident
        self.priority = priority
        self.inbox = inbox
        # A task runs when it is not held and either not waiting or has mail;
        # a waiting task takes the first packet of its inbox when it runs.
        self.waiting = waiting
        self.holding = False
        self.next_task = None
        sched.add(self)


class IdleTask(Task):
    def __init__(self, sched, count):
        Task.__init__(self, sched, IDLE, 0, None, False)
        self.control = 1
        self.count = count

    def step(self, packet):
        self.count -= 1
        if self.count == 0:
            return self.sched.hold()
        if self.control & 1 == 0:
            self.control >>= 1
            return self.sched.release(DEVICE_A)
        self.control = (self.control >> 1) ^ 0xD008
        return self.sched.release(DEVICE_B)


class WorkerTask(Task):
    def __init__(self, sched, inbox):
        Task.__init__(self, sched, WORKER, 1000, inbox, True)
        self.destination = HANDLER_A
        self.count = 0

    def step(self, packet):
        if packet is None:
            return self.sched.wait()
        self.destination = HANDLER_B if self.destination == HANDLER_A else HANDLER_A
        packet.ident = self.destination
        packet.datum = 0
        for i in range(BUFFER_SIZE):
            self.count += 1
            if self.count > 26:
                self.count = 1
            packet.data[i] = 64 + self.count
        return self.sched.send(packet)


class HandlerTask(Task):
    def __init__(self, sched, ident, priority, inbox):
        Task.__init__(self, sched, ident, priority, inbox, True)
        self.work = None
        self.devices = None

    def step(self, packet):
        if packet is not None:
            if packet.kind == KIND_WORK:
                self.work = packet.append_to(self.work)
            else:
                self.devices = packet.append_to(self.devices)
        work = self.work
        if work is not None:
            index = work.datum
            if index >= BUFFER_SIZE:
                self.work = work.link
                return self.sched.send(work)
            device = self.devices
            if device is not None:
                self.devices = device.link
                device.datum = work.data[index]
                work.datum = index + 1
                return self.sched.send(device)
        return self.sched.wait()


class DeviceTask(Task):
    def __init__(self, sched, ident, priority):
        Task.__init__(self, sched, ident, priority, None, True)
        self.pending = None

    def step(self, packet):
        if packet is None:
            if self.pending is None:
                return self.sched.wait()
            packet = self.pending
            self.pending = None
            return self.sched.send(packet)
        self.pending = packet
        return self.sched.hold()


def richards(count):
    sched = Scheduler()
    IdleTask(sched, count)
    work = Packet(None, WORKER, KIND_WORK)
    work = Packet(work, WORKER, KIND_WORK)
    WorkerTask(sched, work)
    for handler, device, priority in ((HANDLER_A, DEVICE_A, 2000), (HANDLER_B, DEVICE_B, 3000)):
        packets = None
        for _ in range(3):
            packets = Packet(packets, device, KIND_DEVICE)
        HandlerTask(sched, handler, priority, packets)
    DeviceTask(sched, DEVICE_A, 4000)
    DeviceTask(sched, DEVICE_B, 5000)
    sched.run()
    return sched.queue_count, sched.hold_count


total = (0, 0)
for _ in range(3):
    result = richards(10000)
    total = (total[0] + result[0], total[1] + result[1])
print(result)
print(total)
