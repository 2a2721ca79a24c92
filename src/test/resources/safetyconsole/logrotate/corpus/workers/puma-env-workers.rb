# expect: config/puma.rb@3
# Rails 7's template: several processes unless WEB_CONCURRENCY says 1.
workers ENV.fetch("WEB_CONCURRENCY") { 2 } # "#{}" is not a comment
threads 5, 5
