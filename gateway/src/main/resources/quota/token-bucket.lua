-- Token bucket, atomic in Redis. KEYS[1] bucket; ARGV[1] capacity; ARGV[2] refill tokens per second;
-- ARGV[3] tokens wanted (a replica's lease; 1 when absent); ARGV[4] tokens of an earlier lease the replica did not
-- spend, given back before taking (0 when absent).
-- Returns {tokens granted (0 when not even one is there), whole tokens left, ms until one token, ms until full}.
local capacity = tonumber(ARGV[1])
local refill = tonumber(ARGV[2])
local wanted = tonumber(ARGV[3]) or 1
local unspent = tonumber(ARGV[4]) or 0
local clock = redis.call('TIME')
local now = tonumber(clock[1]) * 1000 + math.floor(tonumber(clock[2]) / 1000)
local state = redis.call('HMGET', KEYS[1], 'tokens', 'at')
local tokens = tonumber(state[1])
local at = tonumber(state[2])
if tokens == nil or at == nil then
  tokens = capacity
  at = now
end
tokens = math.min(capacity, tokens + math.max(0, now - at) * refill / 1000 + unspent)
local granted = math.min(wanted, math.floor(tokens))
if granted < 0 then
  granted = 0
end
tokens = tokens - granted
redis.call('HSET', KEYS[1], 'tokens', tostring(tokens), 'at', tostring(now))
redis.call('PEXPIRE', KEYS[1], math.ceil(capacity * 1000 / refill) + 1000)
local untilOne = 0
if tokens < 1 then
  untilOne = math.ceil((1 - tokens) * 1000 / refill)
end
return {granted, math.floor(tokens), untilOne, math.ceil((capacity - tokens) * 1000 / refill)}
