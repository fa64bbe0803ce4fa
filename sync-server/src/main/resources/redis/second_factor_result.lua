-- Settles a reserved second-factor check. A right code forgets the account's wrong codes, but
-- never lifts a running lock (a lock that started while it was checked stays); a wrong one stays
-- counted and starts the lock when the count reaches the limit. Answers 1 when this failure
-- started a lock.
-- KEYS[1] the account's state; ARGV: now, success (1/0), max, lock, gcTtl
local now = tonumber(ARGV[1])
if ARGV[2] == '1' then
  if (tonumber(redis.call('HGET', KEYS[1], 'until')) or 0) <= now then
    redis.call('DEL', KEYS[1])
  end
  return 0
end
local n = tonumber(redis.call('HGET', KEYS[1], 'n')) or 0
if n >= tonumber(ARGV[3]) and (tonumber(redis.call('HGET', KEYS[1], 'until')) or 0) <= now then
  redis.call('HSET', KEYS[1], 'until', now + tonumber(ARGV[4]))
  redis.call('PEXPIRE', KEYS[1], math.max(tonumber(ARGV[5]), tonumber(ARGV[4]) + 60000))
  return 1
end
return 0
