# expect: BY_SIZE@3
Rails.application.configure do
  config.logger = Logger.new("log/production.log", 10, 50.megabytes)
end
