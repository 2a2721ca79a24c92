# expect: config/unicorn.rb@4
working_directory "/srv/www/shop/current"
timeout 30
worker_processes 4
preload_app true
