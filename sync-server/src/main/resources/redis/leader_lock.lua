-- Take or keep a leader lock. KEYS[1] = lock; ARGV[1] = this instance's id, ARGV[2] = TTL in ms.
-- Answers 1 when this instance holds the lock (taken now, or renewed), 0 when another does.
local holder = redis.call('GET', KEYS[1])
if holder == ARGV[1] then
  redis.call('PEXPIRE', KEYS[1], ARGV[2])
  return 1
end
if not holder then
  redis.call('SET', KEYS[1], ARGV[1], 'PX', ARGV[2])
  return 1
end
return 0
