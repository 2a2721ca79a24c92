# expect: clean
Rails.application.configure do
  # config.logger = Logger.new("log/production.log", "daily")
  #   Logger.new(path, 10, 1.megabyte)
  config.logger = Logger.new("log/production.log")
end
