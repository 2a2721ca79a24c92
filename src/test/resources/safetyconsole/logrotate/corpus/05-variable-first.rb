# expect: BY_SIZE@3
Rails.application.configure do
  file_logger = ActiveSupport::Logger.new(Rails.root.join('log', 'production.log'), 5, 100 * 1024 * 1024)
  file_logger.formatter = config.log_formatter
  config.logger = ActiveSupport::TaggedLogging.new(file_logger)
end
