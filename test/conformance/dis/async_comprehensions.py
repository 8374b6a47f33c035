# Async comprehensions, async with/for, await in various positions.
async def comps(aiter, coro):
    a = [x async for x in aiter]
    b = {x: await coro(x) for x in range(3)}
    c = (x async for x in aiter if await coro(x))
    d = [y for x in aiter async for y in x]
    e = {x async for x in aiter}
    return a, b, c, d, e


async def managers(lock, stream):
    async with lock as held, stream:
        async for chunk in stream:
            if not chunk:
                break
            await held.write(chunk)
        else:
            return None
    return await stream.close()


async def agen(n):
    for i in range(n):
        yield await i
    async with n:
        yield n
