import asyncio
async def fetch(x):
    await asyncio.sleep(0)
    return x

async def main():
    async with asyncio.Lock() as lock:
        r = await fetch(1)
    async for item in aiter_thing():
        print(item)
    return [await fetch(i) for i in range(3)]

async def agen():
    yield 1
