# expect: clean
Rails.application.configure do
  config.cache_classes = true
  config.eager_load = true
  config.log_level = :info
  config.log_tags = [ :request_id ]
  config.active_support.deprecation = :notify
  config.log_formatter = ::Logger::Formatter.new
  if ENV["RAILS_LOG_TO_STDOUT"].present?
    logger           = ActiveSupport::Logger.new(STDOUT)
    logger.formatter = config.log_formatter
    config.logger    = ActiveSupport::TaggedLogging.new(logger)
  end
end
