# expect: config/unicorn.rb@2
worker_processes(Integer(ENV["UNICORN_WORKERS"] || 3))
