# expect: clean
require "syslog/logger"
Rails.application.configure do
  config.logger = Syslog::Logger.new("shop")
  config.logger = ActiveSupport::TaggedLogging.new(Syslog::Logger.new("shop", Syslog::LOG_LOCAL7))
end
