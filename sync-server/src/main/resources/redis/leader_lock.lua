-- Take or keep a leader lock. KEYS[1] = lock; ARGV[1] = this instance's id, ARGV[2] = TTL in ms.
-- Answers 1 when this instance kept (renewed) the lock, 2 when it took it now (it was free: it may
-- have expired, or Redis may have lost it), 0 when another instance holds it.
local holder = redis.call('GET', KEYS[1])
if holder == ARGV[1] then
  redis.call('PEXPIRE', KEYS[1], ARGV[2])
  return 1
end
if not holder then
  redis.call('SET', KEYS[1], ARGV[1], 'PX', ARGV[2])
  return 2
end
return 0
