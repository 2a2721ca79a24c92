# expect: clean
Rails.application.configure do
  config.log_file_size = nil
  config.logger = ActiveSupport::Logger.new(config.default_log_file)
end
