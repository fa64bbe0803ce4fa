-- Give up a leader lock, only if this instance holds it. KEYS[1] = lock; ARGV[1] = this instance's id.
if redis.call('GET', KEYS[1]) == ARGV[1] then
  return redis.call('DEL', KEYS[1])
end
return 0
