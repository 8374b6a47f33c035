# async def, await, async for and async with.
async def f():
    await x
    await f(1)
    r = await a.b()
    async for i in ait():
        pass
    else:
        pass
    async with a as b, c:
        pass
    return [i async for i in ait() if await i]
@dec
async def g(): pass
