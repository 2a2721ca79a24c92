# expect: clean
Rails.application.configure do
  config.logger = ActiveSupport::Logger.new(STDOUT, "daily")
  config.logger = Logger.new($stderr, 10, 1.megabyte)
  config.logger = ActiveSupport::TaggedLogging.new(Logger.new(STDOUT))
end
